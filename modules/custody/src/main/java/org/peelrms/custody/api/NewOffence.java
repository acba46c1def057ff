package org.peelrms.custody.api;

/** An offence a person was arrested for; whether it is indictable decides if an extension or a warrant is possible. */
public record NewOffence(String description, boolean indictable) {
}
