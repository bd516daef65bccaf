package io.blackbox.platform.internal;

import java.util.List;

import io.blackbox.platform.ApiKeys;
import io.blackbox.platform.Callers;
import io.blackbox.platform.Organisation;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Organisations;
import io.blackbox.platform.PlatformProperties;
import io.blackbox.platform.Role;
import io.blackbox.platform.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the operator organisation and its administrator {@code admin}; on every
 * start, registers {@code BLACKBOX_ADMIN_API_KEY} when it is set. The generated one-time password goes to
 * the console once and never into a log file.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "app.platform.bootstrap", havingValue = "true", matchIfMissing = true)
class PlatformBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(PlatformBootstrap.class);

    private final PlatformProperties props;
    private final Organisations organisations;
    private final Users users;
    private final ApiKeys apiKeys;

    PlatformBootstrap(PlatformProperties props, Organisations organisations, Users users, ApiKeys apiKeys) {
        this.props = props;
        this.organisations = organisations;
        this.users = users;
        this.apiKeys = apiKeys;
    }

    @Override
    public void run(ApplicationArguments args) {
        Callers.runAsSystem("bootstrap", this::provision);
    }

    private void provision() {
        var admin = users.findForLogin(ADMIN);
        java.util.UUID adminId;
        java.util.UUID orgId;
        if (admin.isEmpty()) {
            Organisation operator = organisations.findByName(props.operatorName())
                    .orElseGet(() -> organisations.create(props.operatorName(), OrganisationKind.OPERATOR));
            boolean given = props.adminPassword() != null && !props.adminPassword().isBlank();
            var created = users.create(operator.id(), ADMIN, "Operator administrator", Role.OPERATOR_ADMIN,
                    given ? props.adminPassword() : null);
            adminId = created.user().id();
            orgId = operator.id();
            if (given) {
                log.info("Created operator administrator '{}' with the password from BLACKBOX_ADMIN_PASSWORD", ADMIN);
            } else {
                System.out.println();
                System.out.println("  Black Box: created the operator administrator '" + ADMIN + "'.");
                System.out.println("  One-time password (shown only now; change it at first sign-in): "
                        + created.oneTimePassword());
                System.out.println();
            }
        } else {
            adminId = admin.get().caller().userId();
            orgId = admin.get().caller().orgId();
        }
        String key = props.adminApiKey();
        if (key != null && !key.isBlank()) {
            apiKeys.register(orgId, adminId, "provisioned admin key", List.of("read", "write"),
                    Role.OPERATOR_ADMIN, key);
            log.info("Registered the API key from BLACKBOX_ADMIN_API_KEY for '{}'", ADMIN);
        }
    }
}
