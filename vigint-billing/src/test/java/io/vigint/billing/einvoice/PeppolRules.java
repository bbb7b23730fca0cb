package io.vigint.billing.einvoice;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2024_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;

/**
 * The official Peppol BIS Billing 3.0 validation (the OpenPeppol and CEN EN 16931 Schematron rules and
 * the UBL 2.1 schema, as packaged by phive-rules-peppol), for tests.
 */
public final class PeppolRules {
    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY =
            new ValidationExecutorSetRegistry<>();

    static {
        PeppolValidation.initStandard(REGISTRY);
    }

    private PeppolRules() {}

    /** The result of one validation: its errors and its warnings, one text each. */
    public record Report(String rules, List<String> errors, List<String> warnings) {
        @Override
        public String toString() {
            return rules + ": " + errors.size() + " error(s)\n  " + String.join("\n  ", errors) + "\n" + warnings.size()
                    + " warning(s)\n  " + String.join("\n  ", warnings);
        }
    }

    /** Validates a UBL {@code Invoice} or {@code CreditNote} (chosen by its root element). */
    public static Report validate(byte[] xml) {
        Document document = DOMReader.readXMLDOM(xml);
        if (document == null) {
            throw new AssertionError(
                    "not well-formed XML:\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8));
        }
        String root = document.getDocumentElement().getLocalName();
        DVRCoordinate rules = "CreditNote".equals(root)
                ? PeppolValidation2024_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3
                : PeppolValidation2024_05.VID_OPENPEPPOL_INVOICE_UBL_V3;
        IValidationExecutorSet<IValidationSourceXML> executors = REGISTRY.getOfID(rules);
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(),
                executors,
                ValidationSourceXML.create("invoice.xml", document),
                Locale.US);
        List<String> errors =
                results.getAllErrors().stream().map(Object::toString).toList();
        List<String> warnings = results.getAllFailures().stream()
                .filter(f -> !f.isError())
                .map(Object::toString)
                .toList();
        return new Report(rules.getAsSingleID(), errors, warnings);
    }
}
