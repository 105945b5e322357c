package org.resourcelibrary.indexer.review;

import org.resourcelibrary.core.model.MetadataField;

/**
 * How often a librarian found a field's inferred values right: of the values decided, the share accepted
 * unchanged (neither corrected nor rejected).
 *
 * @param field    the field
 * @param decided  values of the field decided on
 * @param accepted those accepted unchanged
 * @param share    {@code accepted / decided}, or null when none was decided
 */
public record AcceptanceFigure(MetadataField field, int decided, int accepted, Double share) {

    static AcceptanceFigure of(MetadataField field, int decided, int accepted) {
        return new AcceptanceFigure(field, decided, accepted, decided == 0 ? null : (double) accepted / decided);
    }
}
