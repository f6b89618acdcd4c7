@NullMarked
package org.mbcoptions;

import org.jspecify.annotations.NullMarked;
