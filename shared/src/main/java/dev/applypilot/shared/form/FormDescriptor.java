package dev.applypilot.shared.form;

import java.util.List;
import java.util.Set;

/**
 * A form (or a page's set of controls) to classify.
 *
 * @param url        page URL (or iframe URL for embedded boards)
 * @param fields     controls in document order
 * @param domMarkers vendor evidence found in the page, as CSS-like tokens: {@code #grnhse_app},
 *                   {@code iframe#grnhse_iframe}, {@code [data-automation-id]}, {@code .lever-application} ...
 */
public record FormDescriptor(String url, List<FieldDescriptor> fields, Set<String> domMarkers) {

    public FormDescriptor {
        url = url == null ? "" : url;
        fields = fields == null ? List.of() : List.copyOf(fields);
        domMarkers = domMarkers == null ? Set.of() : Set.copyOf(domMarkers);
    }
}
