package io.blackbox.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.KmsEnvelopeAead;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import io.blackbox.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The reports module's keys, kept in Tink keyset files under {@code <dataDir>/keys/} and never in the
 * database, so that a copy of the database alone reveals no reporter:
 * <ul>
 * <li>{@code reports-kek.json}: the key-encryption key of envelope encryption. Every sealed value gets
 *     its own data key, which is stored beside it wrapped by this key.</li>
 * <li>{@code reports-tag.json}: HMAC key of reporter tags (which organisation reported) and audit handles.</li>
 * <li>{@code reports-pseudonym.json}: HMAC key of the pseudonyms other members see.</li>
 * </ul>
 * The files are created on first start, readable by the owner only. Back them up apart from the
 * database: without them the sealed identities and attachments cannot be read.
 */
@Component
public final class ReportKeys {

    private static final Logger log = LoggerFactory.getLogger(ReportKeys.class);
    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Aead envelope;
    private final Mac tags;
    private final Mac pseudonyms;

    @Autowired
    ReportKeys(PlatformProperties platform) {
        this(platform.dataDir().resolve("keys"));
    }

    public ReportKeys(Path dir) {
        try {
            AeadConfig.register();
            MacConfig.register();
            Files.createDirectories(dir);
            Aead kek = keyset(dir.resolve("reports-kek.json"), PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.envelope = KmsEnvelopeAead.create(PredefinedAeadParameters.AES256_GCM, kek);
            this.tags = keyset(dir.resolve("reports-tag.json"), PredefinedMacParameters.HMAC_SHA256_256BITTAG)
                    .getPrimitive(RegistryConfiguration.get(), Mac.class);
            this.pseudonyms = keyset(dir.resolve("reports-pseudonym.json"), PredefinedMacParameters.HMAC_SHA256_256BITTAG)
                    .getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the reports keys from " + dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the reports keys in " + dir, e);
        }
    }

    private static KeysetHandle keyset(Path file, Parameters parameters) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        }
        KeysetHandle handle = KeysetHandle.generateNew(parameters);
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the folder's own permissions have to protect it
        }
        Files.writeString(tmp, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
        // atomic, so that two processes starting at once never use two different keys
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            Files.deleteIfExists(tmp);
        }
        log.info("Created key file {}", file);
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }

    /** The keyed tag of a reporting organisation: equal for equal organisations, meaningless without the key. */
    public byte[] reporterTag(UUID org) {
        return mac(tags, "reporter:" + org);
    }

    public String reporterTagHex(UUID org) {
        return HexFormat.of().formatHex(reporterTag(org));
    }

    /** What the audit trail names a report by when the actor is its reporter, so the trail alone links no reporter to a report. */
    public String auditHandle(UUID reportId) {
        return "rh:" + HexFormat.of().formatHex(mac(tags, "report:" + reportId), 0, 12);
    }

    /**
     * The same kind of handle for something else a member wrote ({@code kind} says what, e.g.
     * {@code comment}), under its own {@code prefix}.
     */
    public String auditHandle(String prefix, String kind, UUID id) {
        return prefix + HexFormat.of().formatHex(mac(tags, kind + ":" + id), 0, 12);
    }

    /**
     * The pseudonym one viewer sees for one reporter, from the per-viewer digest the database computes
     * ({@code reports_shared.viewer_tag}); e.g. {@code Member K7QF-2MXA}.
     */
    public String pseudonym(String viewerTag) {
        byte[] m = mac(pseudonyms, "pseudonym:" + viewerTag);
        StringBuilder b = new StringBuilder("Member ");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(BASE32[(m[i] & 0xff) % BASE32.length]);
        }
        return b.toString();
    }

    /** Envelope-encrypts {@code plaintext}, bound to {@code context} (e.g. the report id). */
    public byte[] seal(byte[] plaintext, String context) {
        try {
            return envelope.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] open(byte[] ciphertext, String context) {
        try {
            return envelope.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value does not open with this key set (wrong keys folder?)", e);
        }
    }

    private static byte[] mac(Mac mac, String input) {
        try {
            byte[] tag = mac.computeMac(input.getBytes(StandardCharsets.UTF_8));
            // Tink prefixes tags with the key id; the tail alone is the HMAC
            return Arrays.copyOfRange(tag, tag.length - 32, tag.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
