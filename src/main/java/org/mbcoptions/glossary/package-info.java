@NullMarked
package org.mbcoptions.glossary;

import org.jspecify.annotations.NullMarked;
