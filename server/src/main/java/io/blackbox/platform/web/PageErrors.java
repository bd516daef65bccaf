package io.blackbox.platform.web;

import io.blackbox.platform.DomainException;
import io.blackbox.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Refusals on pages of every module become a readable page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("problem", e instanceof NotFoundException ? "Not found." : e.getMessage());
        return "platform/forbidden";
    }
}
