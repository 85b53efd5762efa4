package org.gongkai.profile;

/**
 * A year-on-year comparison the narrative states, declared by the profile.
 *
 * @param id             comparison id; the submission names its base under {@code explanations.comparisonBases.<base or id>}
 * @param title          what is compared, in Chinese ("财政拨款收入")
 * @param figure         the current figure: a name of the profile's {@code figures}
 * @param prior          where the prior figure is in {@code priorYear}: {@code incomeTotal}, {@code fiscalAppropriation.<key>},
 *                       {@code threePublic.<column>}, …
 * @param base           the key of {@code explanations.comparisonBases} shared by several comparisons (null: the id)
 * @param reason         where the reason is in {@code explanations}: {@code fiscalAppropriationChange},
 *                       {@code threePublicChanges.<column>}, … (null: the narrative states no reason)
 * @param reasonWhenFlat whether a reason is asked for also when the figure did not change (持平)
 */
public record ComparisonSpec(String id, String title, String figure, String prior, String base, String reason,
                             Boolean reasonWhenFlat) {

    public String baseKey() {
        return base == null ? id : base;
    }

    public boolean reasonEvenWhenFlat() {
        return Boolean.TRUE.equals(reasonWhenFlat);
    }
}
