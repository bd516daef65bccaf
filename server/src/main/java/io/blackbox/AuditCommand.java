package io.blackbox;

import java.util.concurrent.Callable;

import io.blackbox.platform.AuditTrail;
import io.blackbox.platform.Callers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the audit trail.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the audit hash chain; exit 0 when intact, 1 naming the first broken entry.")
    static final class Verify implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (var context = OfflineContext.start(database)) {
                AuditTrail audit = context.getBean(AuditTrail.class);
                AuditTrail.Verification v = Callers.runAsSystem("audit-verify", audit::verify);
                if (v.intact()) {
                    System.out.println("audit trail intact: " + v.checked() + " entries verified");
                    return 0;
                }
                System.out.println("audit trail BROKEN at entry " + v.firstBroken() + ": " + v.reason()
                        + " (" + v.checked() + " entries before it verified)");
                return 1;
            }
        }
    }
}
