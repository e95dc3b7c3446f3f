package dev.tokendoctor.ui.netlog;

/** One exchange as the table shows it; {@code text} is the whole (redacted) exchange for details and copy. */
public record ExchangeRow(long id, String time, String method, String status, String duration, String url, String text) {
}
