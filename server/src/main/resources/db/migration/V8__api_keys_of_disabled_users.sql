-- A key bound to a user (api_key.user_id) acts as that user, so it must stop working when the user is
-- disabled, as signing in does. auth_find_api_key used to return such keys all the same; now a key whose
-- user is disabled is not found, exactly like an unknown key. Keys without a user (the organisation's
-- machine keys) are unaffected. Organisations have no disabled or suspended state to check.
--
-- Same signature as in V1, so CREATE OR REPLACE keeps the function's owner and grants.
CREATE OR REPLACE FUNCTION auth_find_api_key(p_secret_hash bytea)
    RETURNS TABLE (id uuid, org_id uuid, org_kind text, user_id uuid, name text, role text, scopes text[],
                   secret_hash bytea, revoked_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT k.id, k.org_id, o.kind, k.user_id, k.name, k.role, k.scopes, k.secret_hash, k.revoked_at
     FROM api_key k
     JOIN organisation o ON o.id = k.org_id
     LEFT JOIN app_user u ON u.id = k.user_id
    WHERE k.secret_hash = p_secret_hash
      AND (k.user_id IS NULL OR u.enabled) $$;

REVOKE ALL ON FUNCTION auth_find_api_key(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_find_api_key(bytea) TO blackbox_app;
