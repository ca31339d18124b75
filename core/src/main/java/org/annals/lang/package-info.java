/** Language identification of article text ({@link org.annals.lang.LanguageIdentifier}, on Lingua). */
package org.annals.lang;
