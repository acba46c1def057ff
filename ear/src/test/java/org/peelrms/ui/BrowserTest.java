package org.peelrms.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test class: Peel deployed by Arquillian in a real WildFly, driven by a real headless
 * Chromium, with the browser's evidence kept when a test fails ({@link BrowserEvidence}), and WildFly's log
 * checked afterwards for session state it could not copy ({@link SessionStateCopied}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ArquillianExtension.class, BrowserEvidence.class, SessionStateCopied.class})
@interface BrowserTest {
}
