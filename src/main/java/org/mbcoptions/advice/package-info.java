@NullMarked
package org.mbcoptions.advice;

import org.jspecify.annotations.NullMarked;
