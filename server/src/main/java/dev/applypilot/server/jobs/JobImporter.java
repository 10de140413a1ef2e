package dev.applypilot.server.jobs;

import dev.applypilot.server.jobs.extract.JsoupPageView;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.shared.extract.JobExtraction;
import dev.applypilot.shared.extract.JobExtractor;
import dev.applypilot.shared.job.JobPosting;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;
import org.jsoup.UnsupportedMimeTypeException;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/**
 * Fetches a job page by URL and runs the shared extractor over it. Redirects are followed by hand so every hop is
 * checked against {@link PublicAddresses} (a public URL must not redirect into the server's own network).
 */
@Singleton
public class JobImporter {
    private final ImportSettings settings;

    JobImporter(ImportSettings settings) {
        this.settings = settings;
    }

    public JobPosting fetch(String url) {
        URI uri = checkedUri(url);
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Connection.Response response = get(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.header("Location") != null) {
                uri = checkedUri(uri.resolve(response.header("Location").trim()).toString());
                continue;
            }
            if (status == 404 || status == 410) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "source_not_found", "The job page was not found (HTTP " + status + ").",
                        "The posting may have been taken down; check the link in a browser, or save it from the page with the extension.");
            }
            if (status >= 400) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "source_unavailable", "The job site answered HTTP " + status + ".",
                        "Some sites block automated requests; open the job in your browser and save it with the extension.");
            }
            return extract(response, uri.toString());
        }
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "too_many_redirects", "The job page redirected too many times.",
                "Open the link in a browser and import the address you end up at.");
    }

    private JobPosting extract(Connection.Response response, String url) {
        Document document;
        try {
            document = response.parse();
        } catch (IOException e) {
            throw unreachable(e);
        }
        JobExtraction extraction = JobExtractor.extract(new JsoupPageView(document, url));
        if (extraction.posting().title() == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "not_a_job_posting", "No job posting was found on that page.",
                    "Import the page of one job (not a search or list page), or save it from the page with the extension.");
        }
        return extraction.posting();
    }

    private Connection.Response get(URI uri) {
        try {
            return Jsoup.connect(uri.toString())
                    .timeout((int) settings.timeout().toMillis())
                    .maxBodySize(settings.maxBytes())
                    .followRedirects(false)
                    .ignoreHttpErrors(true)
                    .userAgent("Mozilla/5.0 (compatible; ApplyPilot job import)")
                    .header("Accept", "text/html,application/xhtml+xml")
                    .execute();
        } catch (SocketTimeoutException | HttpTimeoutException e) {
            throw new ApiException(HttpStatus.GATEWAY_TIMEOUT, "fetch_timeout", "The job site did not answer within "
                    + settings.timeout().toSeconds() + " seconds.", "Try again later, or save the job from the page with the extension.");
        } catch (UnsupportedMimeTypeException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "not_html", "The URL does not point to a web page (" + e.getMimeType() + ").",
                    "Import the job's web page, not a PDF or file download.");
        } catch (HttpStatusException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "source_unavailable", "The job site answered HTTP " + e.getStatusCode() + ".",
                    "Open the job in your browser and save it with the extension.");
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private static ApiException unreachable(IOException e) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "source_unreachable", "The job site could not be reached: " + e.getMessage(),
                "Check the URL; if it opens in your browser, save the job from the page with the extension.");
    }

    private URI checkedUri(String url) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url.trim());
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw ApiException.invalid("url", "The URL must be an absolute http or https address.", "Paste the job's address, e.g. https://boards.example.com/jobs/123.");
        }
        if (!settings.allowPrivateHosts()) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (!PublicAddresses.isPublic(address)) {
                        throw ApiException.invalid("url", "The URL points to a private or local network address.",
                                "Import public job pages only.");
                    }
                }
            } catch (UnknownHostException e) {
                throw ApiException.invalid("url", "The host " + uri.getHost() + " does not exist.", "Check the URL for typos.");
            }
        }
        return uri;
    }
}
