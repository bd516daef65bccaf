package io.blackbox.reports.internal;

import io.blackbox.platform.Caller;
import io.blackbox.platform.OrganisationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * States the caller's reporter tag in the current transaction ({@code app.reporter_tag}), which the
 * policies on the report tables compare with each row's tag. Call first in every transaction that
 * touches report tables as a member; without it a member sees no report, so a forgotten call fails closed.
 */
@Component
public final class ReportScope {

    private final JdbcClient jdbc;
    private final ReportKeys keys;

    ReportScope(JdbcClient jdbc, ReportKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    public void enter(Caller caller) {
        jdbc.sql("SELECT set_config('app.reporter_tag', ?, true)").param(tag(caller)).query(String.class).single();
    }

    /** The same setting, for a transaction to state as it begins ({@code TransactionSettings}). */
    public java.util.Map<String, String> settings(Caller caller) {
        return java.util.Map.of("app.reporter_tag", tag(caller));
    }

    private String tag(Caller caller) {
        return caller.orgKind() == OrganisationKind.MEMBER ? keys.reporterTagHex(caller.orgId()) : "";
    }
}
