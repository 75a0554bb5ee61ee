package org.unionaid.appeals;

import org.springframework.stereotype.Component;

/**
 * For the pages of the records appeals are against ({@code templates/appeals/offer.html}, included by the
 * application, claim and file pages): {@code ${@appealOffers.of('APPLICATION', app.id)}}. The owning modules'
 * Java code does not know appeals; only their templates include the fragment.
 */
@Component("appealOffers")
public class AppealOffers {

    private final Appeals appeals;

    AppealOffers(Appeals appeals) {
        this.appeals = appeals;
    }

    public AppealOffer of(String subjectType, long subjectId) {
        AppealSubjectType type = Appeals.type(subjectType);
        return type == null ? AppealOffer.none() : appeals.offer(type, subjectId);
    }
}
