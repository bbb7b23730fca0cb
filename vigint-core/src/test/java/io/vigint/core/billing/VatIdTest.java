package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numbers below are not made up and not produced by {@link VatId}'s own arithmetic: they come
 * from public test data.
 *
 * <ul>
 *   <li>[S] python-stdnum (github.com/arthurdejong/python-stdnum, commit 006192e5),
 *       {@code tests/test_eu_vat.doctest}: the list of numbers "found online [that] should all be
 *       valid" and the list of numbers "mangled so their check digit is wrong";
 *   <li>[S:file] the same repository, the doctest of the named module ({@code stdnum/cz/vat.py} …) or
 *       test file ({@code tests/test_gb_vat.doctest}, {@code test_ch_vat.doctest}, {@code
 *       test_no_mva.doctest});
 *   <li>[J] jsvat (github.com/se-panfilov/jsvat, commit 65108f83), {@code
 *       test/countries_vat_lists/croatia.vat.js} and {@code netherlands.vat.js}, lists of valid numbers.
 * </ul>
 */
class VatIdTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # country | as written                | normalised            | source
        AT        | ATU13585627               | ATU13585627           | [S] and [S:at/uid.py]
        AT        | ATU 46080404              | ATU46080404           | [S]
        BE        | BE0428759497              | BE0428759497          | [S] and [S:be/vat.py]
        BE        | BE 0202.239.951           | BE0202239951          | [S]
        BE        | BE 444.503.092            | BE0444503092          | [S] old 9-digit form
        BG        | BG 175 074 752            | BG175074752           | [S] legal entity, 9 digits
        BG        | BG7523169263              | BG7523169263          | [S] person (EGN)
        BG        | BG7111042925              | BG7111042925          | [S] foreigner (PNF)
        CY        | CY-10259033P              | CY10259033P           | [S] and [S:cy/vat.py]
        CY        | CY 10246672X              | CY10246672X           | [S]
        CZ        | CZ 25123891               | CZ25123891            | [S] legal entity, 8 digits
        CZ        | CZ 640903926              | CZ640903926           | [S] individual without a birth number
        CZ        | CZ7103192745              | CZ7103192745          | [S:cz/vat.py] birth number (RČ)
        CZ        | CZ 640229/4448            | CZ6402294448          | [S] birth number, 29 February
        CZ        | CZ991231123               | CZ991231123           | [S:cz/rc.py] 9-digit birth number (no check digit)
        DE        | DE136695976               | DE136695976           | [S:de/vat.py]
        DE        | DE 129304291              | DE129304291           | [S]
        DK        | DK 13585628               | DK13585628            | [S:dk/cvr.py]
        DK        | DK 25 76 63 69            | DK25766369            | [S]
        EE        | EE 100 931 558            | EE100931558           | [S]
        EE        | EE 100594102              | EE100594102           | [S]
        EL        | EL 094259216              | EL094259216           | [S:gr/vat.py]
        EL        | EL094501040               | EL094501040           | [S]
        EL        | EL 94051189               | EL094051189           | [S] old 8-digit form
        ES        | ES B64717838              | ESB64717838           | [S] CIF with a check digit
        ES        | ES Q-2818015-F            | ESQ2818015F           | [S] CIF with a check letter
        ES        | ES 54362315K              | ES54362315K           | [S] NIF of a Spaniard (DNI)
        ES        | ES X-5253868-R            | ESX5253868R           | [S] NIE of a foreigner
        ES        | ES Y5277343F              | ESY5277343F           | [S] NIE
        ES        | ES M-1234567-L            | ESM1234567L           | [S:es/nif.py] foreigner without NIE
        FI        | FI 20774740               | FI20774740            | [S]
        FI        | FI 02459042               | FI02459042            | [S]
        FR        | Fr 40 303 265 045         | FR40303265045         | [S] numeric key
        FR        | FR 83 404 833 048         | FR83404833048         | [S] numeric key
        FR        | FR K 7399859412           | FRK7399859412         | [S] new-style key
        FR        | FR 4Z123456782            | FR4Z123456782         | [S:fr/tva.py] new-style key starting with a digit
        FR        | FR16000063601             | FR16000063601         | [S] Monaco
        HR        | HR 33392005961            | HR33392005961         | [S:hr/oib.py] and [J]
        HR        | HR02574432339             | HR02574432339         | [J]
        HU        | HU-12892312               | HU12892312            | [S]
        HU        | HU 10672101               | HU10672101            | [S]
        IE        | IE 6433435F               | IE6433435F            | [S] pre-2013 form
        IE        | IE6433435OA               | IE6433435OA           | [S] 2013 form, second letter
        IE        | IE8D79739I                | IE8D79739I            | [S] old form
        IE        | IE9Y71814N                | IE9Y71814N            | [S] old form
        IT        | IT00743110157             | IT00743110157         | [S]
        IT        | IT 02100550264            | IT02100550264         | [S]
        LT        | LT 119511515              | LT119511515           | [S] legal entity, 9 digits
        LT        | LT 100001919017           | LT100001919017        | [S] temporarily registered, 12 digits
        LT        | LT100004801610            | LT100004801610        | [S] second step of the check digit
        LU        | LU 150 274 42             | LU15027442            | [S]
        LU        | LU 10059929               | LU10059929            | [S]
        LV        | LV 4000 3521 600          | LV40003521600         | [S] legal entity
        LV        | LV 161175-19997           | LV16117519997         | [S:lv/pvn.py] personal code, old form
        LV        | LV 328673-00679           | LV32867300679         | [S:lv/pvn.py] personal code, new form
        MT        | MT 1167-9112              | MT11679112            | [S]
        MT        | MT 20630321               | MT20630321            | [S]
        NL        | NL009093503B01            | NL009093503B01        | [S] RSIN-based
        NL        | NL 806753742B01           | NL806753742B01        | [S] RSIN-based
        NL        | NL002455799B11            | NL002455799B11        | [S] MOD 97-10, sole proprietor since 2020
        NL        | NL123456789B13            | NL123456789B13        | [J] MOD 97-10
        PL        | PL 8567346215             | PL8567346215          | [S:pl/nip.py]
        PL        | PL 584-030-44-72          | PL5840304472          | [S]
        PT        | PT 501 964 843            | PT501964843           | [S]
        PT        | PT502448911               | PT502448911           | [S]
        RO        | RO 185 472 90             | RO18547290            | [S]
        RO        | RO 573768                 | RO573768              | [S] 6 digits
        SE        | SE556043606401            | SE556043606401        | [S]
        SE        | SE-556666-4438-01         | SE556666443801        | [S]
        SI        | SI 50223054               | SI50223054            | [S]
        SI        | SI 26808498               | SI26808498            | [S]
        SK        | SK 202 274 96 19          | SK2022749619          | [S]
        SK        | SK 1078449064             | SK1078449064          | [S]
        GB        | GB 980 7806 84            | GB980780684           | [S:gb/vat.py] modulus 97
        GB        | GB 100190874              | GB100190874           | [S:test_gb_vat] modulus 9755
        GB        | GB242338087388            | GB242338087388        | [S:test_gb_vat] branch trader
        GB        | GBGD100                   | GBGD100               | [S:test_gb_vat] government department
        GB        | GBHA501                   | GBHA501               | [S:test_gb_vat] health authority
        XI        | XI 432525179              | XI432525179           | [S]
        XI        | XI 980 7806 84            | XI980780684           | the number of [S:gb/vat.py] (an XI number is the UK registration with XI in front)
        CH        | CHE-107.787.577 IVA       | CHE107787577IVA       | [S:ch/vat.py]
        CH        | CHE-100.155.212 MWST      | CHE100155212MWST      | [S:test_ch_vat]
        CH        | CHE-110.576.236 TVA       | CHE110576236TVA       | [S:test_ch_vat]
        NO        | NO 995 525 828 MVA        | NO995525828MVA        | [S:no/mva.py]
        NO        | NO 987 989 297 MVA        | NO987989297MVA        | [S:test_no_mva]
        """)
    void acceptsPublishedValidNumbersOfEveryCountry(String prefix, String written, String normalised, String source) {
        VatId id = VatId.parse(written);

        assertThat(id.value()).isEqualTo(normalised);
        assertThat(id.prefix()).isEqualTo(prefix);
        assertThat(id.number()).isEqualTo(normalised.substring(2));
        assertThat(id).hasToString(normalised);
        assertThat(new VatId(normalised)).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # country | written with a wrong check digit | source
        AT        | ATU13585626                      | [S:at/uid.py]
        AT        | ATU46080904                      | [S]
        BE        | BE431150351                      | [S:be/vat.py]
        BE        | BE 0406.139.583                  | [S]
        BG        | BG175074751                      | [S:bg/vat.py]
        BG        | BG 1037735942                    | [S] 10 digits
        CY        | CY-10259033Z                     | [S:cy/vat.py]
        CZ        | CZ25123890                       | [S:cz/vat.py] legal entity
        CZ        | CZ 640913926                     | [S] individual without a birth number
        CZ        | CZ7103192746                     | [S:cz/rc.py] birth number
        DE        | DE136695978                      | [S:de/vat.py]
        DK        | DK 13585627                      | [S:dk/cvr.py]
        EE        | EE100594103                      | [S:ee/kmkr.py]
        EL        | EL 123456781                     | [S:gr/vat.py]
        EL        | EL 094013834                     | [S]
        ES        | ES B64717839                     | [S:es/nif.py] CIF
        ES        | ES 54362415K                     | [S] DNI
        ES        | ES-x-2322300w                    | [S] NIE
        ES        | ES K-2814015-F                   | [S] K/L/M
        FI        | FI 20774741                      | [S:fi/alv.py]
        FR        | FR 84 323 140 391                | [S:fr/tva.py] numeric key
        FR        | FR K 7399859312                  | [S] new-style key
        HR        | HR33392005962                    | [S:hr/oib.py]
        HU        | HU-12892313                      | [S:hu/anum.py]
        IE        | IE 6433435E                      | [S:ie/vat.py] new form
        IE        | IE8D79729I                       | [S] old form
        IT        | IT00743110158                    | [S:it/iva.py]
        LT        | LT100001919018                   | [S:lt/pvm.py]
        LU        | LU 150 274 43                    | [S:lu/tva.py]
        LV        | LV 40003189715                   | [S] legal entity
        LV        | LV 328673-00677                  | [S:lv/pvn.py] personal code
        MT        | MT 1167-9113                     | [S:mt/vat.py]
        NL        | NL123456789B90                   | [S:nl/btw.py]
        NL        | NL123456789B14                   | [J] invalid list
        PL        | PL 8567346216                    | [S:pl/nip.py]
        PT        | PT 501 964 842                   | [S:pt/nif.py]
        RO        | RO 185 472 91                    | [S:ro/cui.py]
        SE        | SE123456789101                   | [S:se/vat.py]
        SI        | SI 50223055                      | [S:si/ddv.py]
        SK        | SK 202 274 96 18                 | [S:sk/dph.py]
        GB        | GB802311781                      | [S:test_gb_vat]
        XI        | XI802311781                      | the number of [S:test_gb_vat] with XI in front
        CH        | CHE-107.787.578 IVA              | [S:ch/vat.py]
        NO        | NO 995 525 829 MVA               | [S:no/mva.py]
        """)
    void refusesAWrongCheckDigitAsChecksumWithoutRepeatingTheNumber(String prefix, String written, String source) {
        String number =
                written.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT).substring(2);

        assertThatThrownBy(() -> VatId.parse(written)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_VAT_ID);
            assertThat(e.details()).containsOnlyKeys("field", "reason");
            assertThat(e.details()).containsEntry("field", "vat_id").containsEntry("reason", "checksum");
            assertThat(e.getMessage()).doesNotContain(number);
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # bad input                    | reason  | why
        ''                             | format  | empty
        '   '                          | format  | blank
        BE                             | format  | prefix only
        0428759497                     | format  | no prefix
        ZZ123456789                    | country | no such VAT prefix
        US123456789                    | country | not supported
        EU372022452                    | country | the EU non-union scheme is not supported
        BE2428759497                   | format  | BE numbers start with 0 or 1
        BE04287594                     | format  | too short
        DE 246X595 415                 | format  | [S] letter inside
        DE011125440                    | format  | [S] DE numbers do not start with 0
        ATU 151592092                  | format  | [S] too long
        AT1 142 43 102                 | format  | [S] no U
        CY-12259033P                   | format  | [S] CY numbers do not start with 12
        CZ 95123891                    | format  | [S] 8-digit CZ numbers do not start with 9
        CZ1103492745                   | format  | [S:cz/rc.py] 49 March is no birth date
        CZ590312123                    | format  | [S:cz/rc.py] 9-digit birth number after 1953
        ES B-583784312                 | format  | [S] too long
        ES O1234567L                   | format  | [S:es/cif.py] O is no entity type
        FR IO334175221                 | format  | [S:fr/tva.py] I and O are not key letters
        FR000076090                    | format  | [S] too short
        IE 4550C59S                    | format  | [S]
        IE 8?79739J                    | format  | [S:ie/vat.py]
        IT 00687129980                 | format  | [S] province 998 does not exist
        LT 100001354                   | format  | [S] 8th digit must be 1
        LV 161375-19997                | format  | [S:lv/pvn.py] 13th month
        NL 001241643801                | format  | [S] no B
        NL 009122746B00                | format  | [S] B00
        SE 55643359201                 | format  | [S] too short
        SK A078449064                  | format  | [S]
        SK 2010 237 945                | format  | [S] third digit 1
        GBGD600                        | format  | [S:test_gb_vat] GD runs to 499
        GBHA201                        | format  | [S:test_gb_vat] HA starts at 500
        CHE-107.787.577 ZZZ            | format  | [S:test_ch_vat] unknown suffix
        CH-107.787.577 MWST            | format  | no E
        NO 995 525 828 MOMS            | format  | suffix is MVA
        'BE 0428;759497'               | format  | a character that is no separator
        """)
    void refusesOtherBadInputWithTheReason(String written, String reason, String why) {
        assertThatThrownBy(() -> VatId.parse(written)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_VAT_ID);
            assertThat(e.details()).containsEntry("field", "vat_id").containsEntry("reason", reason);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BE0428759497",
                "be0428759497",
                "BE 0428 759 497",
                "BE 0428.759.497",
                "BE-0428-759-497",
                "  Be 0428.759-497\t",
                "BE 428 759 497"
            })
    void normalisesCaseSpacesDotsAndDashes(String written) {
        assertThat(VatId.parse(written).value()).isEqualTo("BE0428759497");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EL094259216", "el 094 259 216", "GR094259216", "gr-094.259.216", "Gr 94259216"})
    void greekNumbersAreWrittenWithElAndBelongToGr(String written) {
        VatId id = VatId.parse(written);

        assertThat(id.value()).isEqualTo("EL094259216");
        assertThat(id.prefix()).isEqualTo("EL");
        assertThat(id.country()).isEqualTo("GR");
        assertThat(id.number()).isEqualTo("094259216");
    }

    @Test
    void theConstructorTakesOnlyTheNormalisedElForm() {
        assertThatThrownBy(() -> new VatId("GR094259216"))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.details()).containsEntry("reason", "country"));
        assertThatThrownBy(() -> new VatId("BE 0428759497"))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.details()).containsEntry("reason", "format"));
    }

    @ParameterizedTest
    @CsvSource({"XI432525179, GB", "GB980780684, GB", "CHE107787577IVA, CH", "NO995525828MVA, NO", "BE0428759497, BE"})
    void countryIsTheIsoCode(String value, String country) {
        assertThat(new VatId(value).country()).isEqualTo(country);
    }

    @Test
    void everyMemberStateHasRules() {
        for (String iso : EuCountries.members()) {
            String prefix = iso.equals("GR") ? "EL" : iso;
            assertThatThrownBy(() -> VatId.parse(prefix + "00"))
                    .as(prefix)
                    .isInstanceOfSatisfying(
                            VigintException.class, e -> assertThat(e.details()).containsEntry("reason", "format"));
        }
    }
}
