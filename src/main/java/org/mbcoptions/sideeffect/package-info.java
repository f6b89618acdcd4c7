@NullMarked
package org.mbcoptions.sideeffect;

import org.jspecify.annotations.NullMarked;
