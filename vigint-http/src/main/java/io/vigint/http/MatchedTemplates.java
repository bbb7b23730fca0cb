package io.vigint.http;

import java.util.List;
import org.glassfish.jersey.uri.UriTemplate;

/** The chain of templates Jersey matched for a request, compared without string work. */
public final class MatchedTemplates {
    private MatchedTemplates() {}

    /**
     * Whether two chains of matched templates are the same objects in the same order (Jersey keeps one {@link
     * UriTemplate} per resource and method, so identity is enough).
     */
    public static boolean same(List<UriTemplate> matched, List<UriTemplate> known) {
        if (matched.size() != known.size()) {
            return false;
        }
        for (int i = 0; i < matched.size(); i++) {
            if (matched.get(i) != known.get(i)) {
                return false;
            }
        }
        return true;
    }
}
