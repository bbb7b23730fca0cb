package io.vigint.http.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.http.alert.ByteRange.Part;
import io.vigint.http.alert.ByteRange.Unsatisfiable;
import io.vigint.http.alert.ByteRange.Whole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {
    private static final long LENGTH = 1000;

    private static ByteRange part(String header) {
        ByteRange.Answer answer = ByteRange.of(header, LENGTH);
        assertThat(answer).as(header).isInstanceOf(Part.class);
        return ((Part) answer).range();
    }

    @Test
    void theThreeFormsOfOneRange() {
        assertThat(part("bytes=0-99")).isEqualTo(new ByteRange(0, 99, LENGTH));
        assertThat(part("bytes=0-0").size()).isEqualTo(1);
        assertThat(part("bytes=900-")).isEqualTo(new ByteRange(900, 999, LENGTH));
        assertThat(part("bytes=-100")).isEqualTo(new ByteRange(900, 999, LENGTH));
        assertThat(part("bytes=999-999").contentRange()).isEqualTo("bytes 999-999/1000");
    }

    @Test
    void theUnitIsCaseInsensitiveAndBlanksAroundTheRangeAreAllowed() {
        assertThat(part("Bytes=1-2")).isEqualTo(new ByteRange(1, 2, LENGTH));
        assertThat(part(" bytes= 1-2 ")).isEqualTo(new ByteRange(1, 2, LENGTH));
    }

    @Test
    void aLastPositionOrSuffixPastTheEndIsClampedToTheWholeLength() {
        assertThat(part("bytes=500-5000")).isEqualTo(new ByteRange(500, 999, LENGTH));
        assertThat(part("bytes=-5000")).isEqualTo(new ByteRange(0, 999, LENGTH));
        assertThat(part("bytes=0-99999999999999999999999999999")).isEqualTo(new ByteRange(0, 999, LENGTH));
        assertThat(part("bytes=-99999999999999999999999999999")).isEqualTo(new ByteRange(0, 999, LENGTH));
        assertThat(part("bytes=0-9223372036854775807")).isEqualTo(new ByteRange(0, 999, LENGTH));
        assertThat(part("bytes=000000000000000000000000000010-11")).isEqualTo(new ByteRange(10, 11, LENGTH));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bytes=1000-",
                "bytes=1000-2000",
                "bytes=9223372036854775807-",
                "bytes=9223372036854775808-",
                "bytes=99999999999999999999999999999-",
                "bytes=-0",
                "bytes=-000"
            })
    void aRangeStartingAtOrPastTheEndOrAnEmptySuffixIsUnsatisfiable(String header) {
        assertThat(ByteRange.of(header, LENGTH)).isInstanceOf(Unsatisfiable.class);
        assertThat(ByteRange.unsatisfied(LENGTH)).isEqualTo("bytes */1000");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "bytes",
                "bytes=",
                "bytes=-",
                "bytes=5",
                "bytes=a-b",
                "bytes=1-a",
                "bytes=-5-10",
                "bytes=--5",
                "bytes=5--1",
                "bytes=+1-2",
                "bytes=1 -2",
                "bytes=0x10-20",
                "bytes=１-２",
                "bytes=10-5",
                "bytes=0-1,5-6",
                "bytes=0-1, 2000-3000",
                "bytes=0-1,",
                "items=0-1",
                "bites=0-1",
                "0-1"
            })
    void malformedOtherUnitsMultipleAndBackwardRangesGetTheWholeRepresentation(String header) {
        assertThat(ByteRange.of(header, LENGTH)).as(header).isInstanceOf(Whole.class);
    }

    @Test
    void noHeaderOrAnEmptyRepresentationGetsTheWhole() {
        assertThat(ByteRange.of(null, LENGTH)).isInstanceOf(Whole.class);
        assertThat(ByteRange.of("bytes=0-1", 0)).isInstanceOf(Whole.class);
    }
}
