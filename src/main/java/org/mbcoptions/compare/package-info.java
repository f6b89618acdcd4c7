@NullMarked
package org.mbcoptions.compare;

import org.jspecify.annotations.NullMarked;
