package org.peelrms.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import org.peelrms.kernel.Roles;
import org.peelrms.nominal.api.PeopleImports;

/**
 * Bulk import for administrators: {@code POST /api/v1/nominals/import} with a {@code text/csv}
 * body (gzip-compressed or not) starts a background job and answers 202 with the job and its
 * location, {@code /api/v1/jobs/{id}}.
 */
@Path("v1/nominals/import")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class ImportResource {

    @EJB
    private PeopleImports imports;

    @POST
    @Consumes({"text/csv", "application/gzip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importPeople(InputStream body, @Context UriInfo uri) throws IOException {
        java.nio.file.Path file = Files.createTempFile("peel-import-", ".csv");
        try (InputStream csv = unzipped(new BufferedInputStream(body))) {
            Files.copy(csv, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw new IllegalArgumentException("The upload could not be read: " + e.getMessage());
        }
        long id = imports.start(file, "upload through the REST API");
        return Response.accepted(imports.job(id).orElseThrow()).location(uri.getBaseUriBuilder().path("v1/jobs/{id}").build(id)).build();
    }

    /** A gzip-compressed body (whatever its headers say) is recognised by its first two bytes. */
    private static InputStream unzipped(BufferedInputStream body) throws IOException {
        body.mark(2);
        int first = body.read();
        int second = body.read();
        body.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(body) : body;
    }
}
