package io.vigint.billing.einvoice;

import org.mustangproject.validator.ZUGFeRDValidator;

/** Mustang's validator (veraPDF for PDF/A, the EN 16931 and Factur-X rules for the XML), for tests. */
public final class FacturXValidation {
    private FacturXValidation() {}

    /** Mustang's XML report, and whether it found the file completely valid. */
    public record Report(boolean valid, String xml) {}

    public static Report validate(byte[] pdf, String fileName) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(pdf, fileName);
        return new Report(validator.wasCompletelyValid(), report);
    }
}
