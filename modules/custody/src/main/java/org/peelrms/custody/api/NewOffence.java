package org.peelrms.custody.api;

import java.io.Serializable;

/** An offence a person was arrested for; whether it is indictable decides if an extension or a warrant is possible. */
public record NewOffence(String description, boolean indictable) implements Serializable {
}
