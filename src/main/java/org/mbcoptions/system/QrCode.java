package org.mbcoptions.system;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws a QR code as an SVG path, so a printed sheet leads back to the live page without
 * any outside service.
 */
public final class QrCode {

	private QrCode() {
	}

	public static String svg(String text, String title) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		int size = matrix.getWidth();
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><title>" + escape(title)
				+ "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>" + "<path fill=\"#000\" d=\"" + path
				+ "\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
