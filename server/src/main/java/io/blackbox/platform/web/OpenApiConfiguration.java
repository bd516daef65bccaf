package io.blackbox.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Black Box API", version = "v1",
                description = "Screening, suspect-inquiry reports and the blinded directory. Authenticate with "
                        + "'Authorization: Bearer <api key>'. Errors are RFC 9457 problem+json with stable "
                        + "type URIs urn:blackbox:problem:<slug>."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {
}
