package org.unionaid.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.unionaid.programmes.ProgrammeQuestion;

@Embeddable
class QuestionRow {

    private String text;

    @Column(name = "required_answer")
    private boolean requiredAnswer;

    protected QuestionRow() {
        this.text = "";
    }

    QuestionRow(ProgrammeQuestion question) {
        this.text = question.text();
        this.requiredAnswer = question.requiredAnswer();
    }

    ProgrammeQuestion toQuestion() {
        return new ProgrammeQuestion(text, requiredAnswer);
    }
}
