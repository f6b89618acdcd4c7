@NullMarked
package org.mbcoptions.system;

import org.jspecify.annotations.NullMarked;
