package app.runway.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's start page: where to go. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
