package org.mbcoptions.system;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API described as an OpenAPI 3.1 document. It is written by hand (the API reads
 * its parameters through the strict profile parser, which a generator cannot see) and
 * kept true by {@code OpenApiDocumentTest}, which checks it against every API mapping,
 * the parser's allowed values and real responses.
 */
@RestController
class ApiDocumentController {

	private final byte[] document;

	ApiDocumentController() throws IOException {
		try (InputStream in = new ClassPathResource("openapi/openapi.json").getInputStream()) {
			this.document = in.readAllBytes();
		}
	}

	@GetMapping(value = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	byte[] openApi() {
		return document;
	}

}
