package org.mbcoptions.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring formats a message with arguments through {@link java.text.MessageFormat}, where
 * a single apostrophe starts a quoted run and is dropped ("Men's" printed as "Mens"), but
 * leaves a message without arguments as it is, where a doubled one would print twice.
 */
class MessageApostrophesTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void messagesWithArgumentsDoubleTheirApostrophesAndTheOthersDoNot() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> wrong = new ArrayList<>();
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			boolean formatted = ARGUMENT.matcher(text).find();
			if (formatted && LONE_APOSTROPHE.matcher(text).find()) {
				wrong.add(key + " has arguments, so its apostrophes must be written twice: " + text);
			}
			if (!formatted && text.contains("''")) {
				wrong.add(key + " has no arguments, so an apostrophe written twice shows twice: " + text);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aDoubledApostropheInAMessageWithArgumentsPrintsOnce() {
		// Configured as Boot configures the application's message source.
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		assertThat(source.getMessage("option.added.male", new Object[] { "goserelin" }, Locale.UK))
			.contains("GnRH agent: goserelin.")
			.contains("Men's bodies");
	}

}
