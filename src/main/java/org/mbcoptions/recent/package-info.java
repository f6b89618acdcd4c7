@NullMarked
package org.mbcoptions.recent;

import org.jspecify.annotations.NullMarked;
