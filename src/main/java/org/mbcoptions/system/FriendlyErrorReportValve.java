package org.mbcoptions.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Some addresses are refused by Tomcat before Spring sees them (a NUL byte, an encoded
 * slash or ".."). Tomcat would answer with its own technical page; this answers with our
 * plain one instead. It never shows a stack trace or server version.
 */
public class FriendlyErrorReportValve extends ErrorReportValve {

	private static final String PAGE = load("/error-pages/bad-request.html");

	private static final String TOO_LONG = load("/error-pages/too-long.html");

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
			return;
		}
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(isTooLong(throwable) ? TOO_LONG : PAGE);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the response is already closed: nothing more to
			// send.
		}
	}

	/**
	 * Tomcat refuses a request line or header over its limit with this exception
	 * ("Request header is too large").
	 */
	private static boolean isTooLong(Throwable throwable) {
		return throwable instanceof IllegalArgumentException && throwable.getMessage() != null
				&& throwable.getMessage().contains("too large");
	}

	private static String load(String resource) {
		try (InputStream in = FriendlyErrorReportValve.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
