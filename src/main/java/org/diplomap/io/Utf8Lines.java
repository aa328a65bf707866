package org.diplomap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and knows the line of the first byte that is not UTF-8: a decoder of the JDK reports
 * such bytes, but not where they are, and it reads ahead in blocks, so the parser's position would not say.
 */
final class Utf8Lines extends Reader {

    /** Bytes that are not UTF-8, on a known line. */
    static final class NotUtf8Exception extends CharacterCodingException {
        private final int line;

        NotUtf8Exception(int line) {
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean endOfInput;
    private int newlinesDecoded;
    private NotUtf8Exception pending;

    Utf8Lines(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer chars = CharBuffer.wrap(buffer, offset, length);
        while (chars.position() == offset) {
            if (!bytes.hasRemaining() && endOfInput) {
                return -1;
            }
            if (!endOfInput) {
                fill();
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            countNewlines(before, bytes.position());
            if (result.isError()) {
                pending = new NotUtf8Exception(newlinesDecoded + 1);
                if (chars.position() == offset) {
                    throw pending;
                }
                break;
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                break;
            }
        }
        return chars.position() == offset ? -1 : chars.position() - offset;
    }

    /** Moves what is left to the front and reads more after it. */
    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void countNewlines(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                newlinesDecoded++;
            }
        }
    }

    @Override
    public void close() {
        // The caller closes the stream it opened.
    }
}
