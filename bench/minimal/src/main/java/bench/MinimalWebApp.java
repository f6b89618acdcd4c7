package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One page, nothing else: what any Spring Boot web app costs to start here. */
@SpringBootApplication
@RestController
public class MinimalWebApp {

	@GetMapping("/")
	String home() {
		return "ok";
	}

	public static void main(String[] args) {
		SpringApplication.run(MinimalWebApp.class, args);
	}

}
