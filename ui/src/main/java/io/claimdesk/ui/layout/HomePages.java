package io.claimdesk.ui.layout;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The site root: sends people to the board (which asks them to log in first). */
@Path("/")
public class HomePages {

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/app/board")).build();
    }
}
