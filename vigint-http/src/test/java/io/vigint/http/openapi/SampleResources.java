package io.vigint.http.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Resources of every shape the generator must understand. */
final class SampleResources {
    private SampleResources() {}

    /** A JSON body with snake_case names, like the seed clients send. */
    record FrameRequest(
            @JsonProperty("frame_data") String frameData,
            @JsonProperty("frame_count") int frameCount) {}

    record Frame(String id, List<String> tags, Map<String, Long> counters) {}

    @Path("/api/v1/clients")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Clients {
        @POST
        @Path("/")
        public Response create(Map<String, Object> body) {
            return Response.ok().build();
        }

        @GET
        @Path("me")
        public Map<String, Object> me() {
            return Map.of();
        }

        @PUT
        @Path("me")
        public Map<String, Object> update(Map<String, Object> body) {
            return Map.of();
        }

        @DELETE
        @Path("me")
        public void delete() {}

        @POST
        @Path("regenerate-key")
        public Response regenerate(@QueryParam("grace") @DefaultValue("0") int graceMinutes) {
            return Response.ok().build();
        }

        /** Not a resource method. */
        public String helper() {
            return "";
        }
    }

    @Path("api/video")
    public static final class Video {
        @POST
        @Path("buffer")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Frame buffer(FrameRequest request, @HeaderParam("X-API-Key") String key, @Context UriInfo uri) {
            return new Frame("1", List.of(), Map.of());
        }

        @Path("sources/{source: [a-z0-9-]+}")
        public Source source() {
            return new Source();
        }
    }

    /** A sub-resource reached through a locator. */
    public static final class Source {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> get() {
            return Map.of();
        }

        @GET
        @Path("frames/{frame}")
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> frame(@PathParam("frame") long frame) {
            return Map.of();
        }
    }

    /** JAX-RS annotations on an interface, implemented by a plain class. */
    @Path("/auth")
    public interface TokenApi {
        @POST
        @Path("token")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(MediaType.APPLICATION_JSON)
        Map<String, Object> token(@FormParam("username") String username, @FormParam("password") String password);
    }

    public static final class Tokens implements TokenApi {
        @Override
        public Map<String, Object> token(String username, String password) {
            return Map.of();
        }
    }

    /** Public fields: swagger-core reads a bean parameter's properties as Jackson sees them. */
    public static final class Paging {
        @QueryParam("cursor")
        public String cursor;

        @QueryParam("limit")
        @DefaultValue("50")
        public int limit;
    }

    @Path("/api/v1/keys")
    public static final class Keys {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<Map<String, Object>> list(@BeanParam Paging paging) {
            return List.of();
        }

        @DELETE
        @Path("{id}")
        public Response revoke(@PathParam("id") long id) {
            return Response.noContent().build();
        }
    }

    /** Not a resource: must be ignored. */
    public static final class SomeFilter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {}
    }
}
