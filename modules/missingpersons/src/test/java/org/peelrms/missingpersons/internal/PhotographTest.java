package org.peelrms.missingpersons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peelrms.missingpersons.internal.Cases.REPORTED;
import static org.peelrms.missingpersons.internal.Cases.at;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.CasePhotographs;
import org.peelrms.missingpersons.api.NewPhotograph;
import org.peelrms.missingpersons.api.Photograph;

class PhotographTest {
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

    @Test
    void aJpegOrPngIsKeptWithItsTypeTakenFromTheBytes() {
        Photograph jpeg = new CasePhotograph(7, new NewPhotograph(JPEG, "School photo, June 2026"),
                at("officer", REPORTED)).view();
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.content()).isEqualTo(JPEG);
        assertThat(jpeg.description()).isEqualTo("School photo, June 2026");
        assertThat(jpeg.addedBy()).isEqualTo("officer");
        assertThat(new CasePhotograph(7, new NewPhotograph(PNG, null), at("officer", REPORTED)).view().contentType())
                .isEqualTo("image/png");
    }

    @Test
    void anythingElseIsRefusedWithAMessage_whateverItIsCalled() {
        byte[] pdf = "%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new CasePhotograph(7, new NewPhotograph(pdf, "photo.jpg"), at("officer", REPORTED)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("must be a JPEG or PNG image");
        assertThatThrownBy(() -> new CasePhotograph(7, new NewPhotograph(new byte[0], null), at("officer", REPORTED)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> new CasePhotograph(7, null, at("officer", REPORTED)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Choose a photograph");
        byte[] jpegSignatureOnly = Arrays.copyOf(JPEG, 3);
        assertThatThrownBy(() -> new CasePhotograph(7, new NewPhotograph(jpegSignatureOnly, null), at("officer", REPORTED)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPhotographOverFiveMebibytesIsRefused_andExactlyFiveIsKept() {
        byte[] limit = Arrays.copyOf(JPEG, CasePhotographs.MAX_BYTES);
        assertThat(new CasePhotograph(7, new NewPhotograph(limit, null), at("officer", REPORTED)).size())
                .isEqualTo(CasePhotographs.MAX_BYTES);
        byte[] over = Arrays.copyOf(JPEG, CasePhotographs.MAX_BYTES + 1);
        assertThatThrownBy(() -> new CasePhotograph(7, new NewPhotograph(over, null), at("officer", REPORTED)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("the most Peel keeps is 5 MiB");
    }

    @Test
    void aDescriptionLongerThanTheColumnIsRefused() {
        assertThatThrownBy(() -> new CasePhotograph(7, new NewPhotograph(JPEG, "x".repeat(301)), at("officer", REPORTED)))
                .isInstanceOf(InvalidInput.class);
    }
}
