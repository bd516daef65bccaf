package io.blackbox;

import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server, for subcommands that use the database and then exit. */
final class OfflineContext {

    private OfflineContext() {
    }

    static ConfigurableApplicationContext start(DatabaseOptions database) {
        Map<String, Object> props = database.properties();
        props.put("app.platform.bootstrap", "false");
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        return new SpringApplicationBuilder(BlackBoxApplication.class)
                .web(WebApplicationType.NONE)
                .properties(props)
                .logStartupInfo(false)
                .run();
    }
}
