package org.mbcoptions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MbcOptionsApplication {

	public static void main(String[] args) {
		SpringApplication.run(MbcOptionsApplication.class, args);
	}

}
