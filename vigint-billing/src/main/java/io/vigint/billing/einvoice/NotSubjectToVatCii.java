package io.vigint.billing.einvoice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Mustang's CII writer with the two EN 16931 rules of category O ("not subject to VAT") that Mustang
 * 2.16 does not follow applied to its output: no VAT rate on a line (BR-O-05) and an exemption reason
 * code, {@code VATEX-EU-O}, in the VAT breakdown (BR-O-10).
 */
final class NotSubjectToVatCii extends ZUGFeRD2PullProvider {
    private static final String RAM =
            "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    @Override
    public byte[] getXML() {
        return fix(super.getXML());
    }

    static byte[] fix(byte[] cii) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(cii));
            NodeList taxes = document.getElementsByTagNameNS(RAM, "ApplicableTradeTax");
            for (int i = 0; i < taxes.getLength(); i++) {
                Element tax = (Element) taxes.item(i);
                Element category = child(tax, "CategoryCode");
                if (category == null || !"O".equals(category.getTextContent().strip())) {
                    continue;
                }
                String parent = tax.getParentNode().getLocalName();
                if ("SpecifiedLineTradeSettlement".equals(parent)) {
                    for (Element rate : children(tax, "RateApplicablePercent")) {
                        tax.removeChild(rate);
                    }
                } else if ("ApplicableHeaderTradeSettlement".equals(parent)
                        && child(tax, "ExemptionReasonCode") == null) {
                    Element code = document.createElementNS(RAM, category.getPrefix() + ":ExemptionReasonCode");
                    code.setTextContent("VATEX-EU-O");
                    tax.insertBefore(code, category.getNextSibling());
                }
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(cii.length + 256);
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
            throw new IllegalStateException("cannot adjust the CII of a not-subject-to-VAT invoice", e);
        }
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && RAM.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
