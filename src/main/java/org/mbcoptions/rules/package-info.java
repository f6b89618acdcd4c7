@NullMarked
package org.mbcoptions.rules;

import org.jspecify.annotations.NullMarked;
