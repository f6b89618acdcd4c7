@NullMarked
package org.mbcoptions.options;

import org.jspecify.annotations.NullMarked;
