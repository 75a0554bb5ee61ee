package org.unionaid.notices.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The objection form of the public notice board; {@code website} is a field people never see (a bot trap). */
public class ObjectionForm {

    @NotBlank(message = "{objection.text.required}")
    @Size(max = 2000, message = "{objection.text.tooLong}")
    private @Nullable String text;

    @Size(max = 100, message = "{objection.field.tooLong}")
    private @Nullable String objectorName;

    @Size(max = 200, message = "{objection.field.tooLong}")
    private @Nullable String objectorContact;

    private @Nullable String answer;
    private @Nullable String token;
    private @Nullable String website;

    public @Nullable String getText() { return text; }
    public void setText(@Nullable String text) { this.text = text; }
    public @Nullable String getObjectorName() { return objectorName; }
    public void setObjectorName(@Nullable String objectorName) { this.objectorName = objectorName; }
    public @Nullable String getObjectorContact() { return objectorContact; }
    public void setObjectorContact(@Nullable String objectorContact) { this.objectorContact = objectorContact; }
    public @Nullable String getAnswer() { return answer; }
    public void setAnswer(@Nullable String answer) { this.answer = answer; }
    public @Nullable String getToken() { return token; }
    public void setToken(@Nullable String token) { this.token = token; }
    public @Nullable String getWebsite() { return website; }
    public void setWebsite(@Nullable String website) { this.website = website; }
}
