package org.unionaid.programmes.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.documents.FormFiles;
import org.unionaid.documents.DocumentKind;
import org.unionaid.programmes.ApplicationDocument;
import org.unionaid.programmes.Apply;

/** The phone-friendly application (or nomination) form: member, answers, statement, documents. */
public class ApplicationForm {

    private @Nullable Long workerId;

    private @Nullable Long memberId;

    private List<@Nullable Boolean> answers = new ArrayList<>();

    @Size(max = 4000, message = "{programme.form.tooLong}")
    private @Nullable String statement;

    private DocumentKind documentKind = DocumentKind.ADMISSION_LETTER;

    private List<MultipartFile> documents = new ArrayList<>();

    Apply toCommand(long programmeId) {
        return new Apply(programmeId, workerId, memberId, answers, statement == null ? "" : statement,
                FormFiles.of(documents, (name, bytes) -> new ApplicationDocument(documentKind, name, bytes)));
    }

    /** Pads the answers to one per question, so the page can bind each radio pair. */
    void answersFor(int questions) {
        List<@Nullable Boolean> padded = new ArrayList<>(answers);
        while (padded.size() < questions) {
            padded.add(null);
        }
        this.answers = padded;
    }

    public @Nullable Long getWorkerId() { return workerId; }
    public void setWorkerId(@Nullable Long workerId) { this.workerId = workerId; }
    public @Nullable Long getMemberId() { return memberId; }
    public void setMemberId(@Nullable Long memberId) { this.memberId = memberId; }
    public List<@Nullable Boolean> getAnswers() { return answers; }
    public void setAnswers(List<@Nullable Boolean> answers) { this.answers = answers; }
    public @Nullable String getStatement() { return statement; }
    public void setStatement(@Nullable String statement) { this.statement = statement; }
    public DocumentKind getDocumentKind() { return documentKind; }
    public void setDocumentKind(DocumentKind documentKind) { this.documentKind = documentKind; }
    public List<MultipartFile> getDocuments() { return documents; }
    public void setDocuments(List<MultipartFile> documents) { this.documents = documents; }
}
