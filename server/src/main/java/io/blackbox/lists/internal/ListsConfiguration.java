package io.blackbox.lists.internal;

import io.blackbox.lists.ListsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListsProperties.class)
@EnableScheduling
class ListsConfiguration {
}
