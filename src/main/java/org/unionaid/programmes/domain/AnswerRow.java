package org.unionaid.programmes.domain;

import jakarta.persistence.Embeddable;
import org.unionaid.programmes.ApplicationView;

@Embeddable
class AnswerRow {

    private String question;

    private boolean answer;

    protected AnswerRow() {
        this.question = "";
    }

    AnswerRow(String question, boolean answer) {
        this.question = question;
        this.answer = answer;
    }

    ApplicationView.Answer toAnswer() {
        return new ApplicationView.Answer(question, answer);
    }
}
