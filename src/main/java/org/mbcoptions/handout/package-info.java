@NullMarked
package org.mbcoptions.handout;

import org.jspecify.annotations.NullMarked;
