package org.peelrms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The one check of every JSON request body before JSON-B reads it: UTF-8, well-formed JSON, and the
 * shape of the record it is read into ({@link JsonBodyShape}); a 400 naming the field otherwise. An
 * empty body is read as {@code {}}, so the resource says which field it needs rather than failing on
 * a missing body.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType()) || !checked(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String text = utf8(body);
        if (text.isBlank()) {
            text = context.getType().isRecord() ? "{}" : "[]";
        }
        JsonValue json;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            json = reader.readValue();
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("The request body is not valid JSON: " + e.getMessage()
                    .replace("\0", "\\u0000") + ".");
        } catch (RuntimeException e) { // the parser's other refusals, e.g. "Input is too deeply nested 1,000"
            throw new IllegalArgumentException("The request body is not valid JSON"
                    + (e.getMessage() == null ? "." : ": " + e.getMessage().replace("\0", "\\u0000") + "."));
        }
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException("The request body must be a JSON " + (context.getType().isRecord() ? "object {…}" : "list […]") + ", not null.");
        }
        JsonBodyShape.check(json, context.getGenericType(), null);
        context.setInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return context.proceed();
    }

    private static boolean checked(Class<?> type) {
        return type.isRecord() || Collection.class.isAssignableFrom(type);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The request body is not UTF-8 text.");
        }
    }
}
