package org.mbcoptions.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.mbcoptions.model.TreatmentKind;

/**
 * One kind of treatment a label needs before this use. Rows of one indication with the
 * same {@code alternativeGroup} are alternatives; every group must be met.
 */
@Embeddable
public record PriorRequirement(@Column(name = "alternative_group") short alternativeGroup,
		@Enumerated(EnumType.STRING) TreatmentKind treatment) {
}
