package io.blackbox.reports.internal;

import io.blackbox.reports.ReportsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportsProperties.class)
class ReportsConfiguration {
}
